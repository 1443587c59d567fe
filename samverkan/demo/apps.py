from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "samverkan.demo"
    default_auto_field = "django.db.models.BigAutoField"
