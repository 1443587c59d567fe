from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "samverkan.pagecache"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "page cache"

    def ready(self) -> None:
        from samverkan.pagecache import data_version

        data_version.connect_signals()
