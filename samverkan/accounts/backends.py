"""Django's ModelBackend, with the logged-in user read by one plain SQL statement.

get_user() runs on every logged-in request, cached page or not; building the
query through the ORM costs several times the query itself. The row is turned
into a user with the same converters the ORM applies. Logging in, permissions
and the rest are Django's.
"""

from __future__ import annotations

from django.contrib.auth import backends, get_user_model
from django.core.exceptions import ValidationError
from django.db import connections, router


def _read_plan(model, connection) -> tuple[str, list]:
    """The SELECT for one user by primary key, and each column's converters."""
    quote = connection.ops.quote_name
    fields = model._meta.concrete_fields
    sql = (
        f"SELECT {', '.join(quote(field.column) for field in fields)} "
        f"FROM {quote(model._meta.db_table)} WHERE {quote(model._meta.pk.column)} = %s"
    )
    converters = []
    for field in fields:
        column = field.get_col(model._meta.db_table)
        found = connection.ops.get_db_converters(column) + field.get_db_converters(connection)
        converters.append((column, found))
    return sql, converters


class ModelBackend(backends.ModelBackend):
    _plans: dict = {}

    def get_user(self, user_id):
        model = get_user_model()
        try:
            pk = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        alias = router.db_for_read(model)
        connection = connections[alias]
        plan_key = (model, alias, connection.vendor)
        if plan_key not in self._plans:
            self._plans[plan_key] = _read_plan(model, connection)
        sql, converters = self._plans[plan_key]
        with connection.cursor() as cursor:
            cursor.execute(sql, [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        values = []
        for value, (column, funcs) in zip(row, converters, strict=True):
            for func in funcs:
                value = func(value, column, connection)
            values.append(value)
        user = model.from_db(alias, None, values)
        return user if self.user_can_authenticate(user) else None
