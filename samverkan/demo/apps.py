from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data (`manage.py load_demo`), and the checks that guard a real deployment."""

    name = "samverkan.demo"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers the production-settings checks; they belong to running the site,
        # which is what this app is about, rather than to any domain app.
        from samverkan import checks  # noqa: F401
