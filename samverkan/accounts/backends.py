"""Django's ModelBackend, with the logged-in user read by one plain SQL statement.

get_user() runs on every logged-in request, cached page or not; the ORM's query
building costs three times the query itself. Logging in, permissions and the
rest are Django's.
"""

from __future__ import annotations

from django.contrib.auth import backends, get_user_model
from django.core.exceptions import ValidationError
from django.db import connections, router


class ModelBackend(backends.ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        connection = connections[router.db_for_read(model)]
        quote = connection.ops.quote_name
        columns = ", ".join(quote(field.column) for field in model._meta.concrete_fields)
        sql = (
            f"SELECT {columns} FROM {quote(model._meta.db_table)} "
            f"WHERE {quote(model._meta.pk.column)} = %s"
        )
        try:
            pk = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        user = next(iter(model._default_manager.raw(sql, [pk])), None)
        return user if user is not None and self.user_can_authenticate(user) else None
