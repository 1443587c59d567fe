from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "samverkan.imports"
    default_auto_field = "django.db.models.BigAutoField"
