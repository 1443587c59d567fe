from django.urls import path

from samverkan.imports import views

app_name = "imports"

urlpatterns = [
    path("", views.upload, name="upload"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/importera/", views.confirm, name="confirm"),
    path("<int:pk>/forkasta/", views.discard, name="discard"),
    path("moten/<int:pk>/original/", views.original, name="original"),
]
