from django.conf.urls.i18n import i18n_patterns  # noqa: F401  (language prefix not used: cookie-based)
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("konto/logga-in/", auth_views.LoginView.as_view(), name="login"),
    path("konto/logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("import/", include("samverkan.imports.urls")),
    path("", include("samverkan.web.urls")),
]
