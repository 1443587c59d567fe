from django.urls import path

from samverkan.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("forvaltningar/", views.organisations, name="organisations"),
    path("forvaltningar/<slug:slug>/", views.organisation, name="organisation"),
    path("forvaltningar/<slug:org_slug>/<slug:slug>/", views.group, name="group"),
    path("moten/<int:pk>/", views.meeting, name="meeting"),
    path("moten/<int:pk>/historik/", views.meeting_history, name="meeting_history"),
    path("parter/<slug:slug>/", views.party, name="party"),
    path("personer/<int:pk>/", views.person, name="person"),
]
