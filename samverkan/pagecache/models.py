from django.db import models


class DataVersion(models.Model):
    """One row whose number changes with every change to data the pages show.

    See samverkan/pagecache/data_version.py; the cached pages are keyed by it.
    """

    version = models.BigIntegerField(default=1)

    def __str__(self) -> str:
        return str(self.version)
