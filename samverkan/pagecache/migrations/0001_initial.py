from django.db import migrations, models


def create_row(apps, schema_editor):
    apps.get_model("pagecache", "DataVersion").objects.using(schema_editor.connection.alias).create(
        pk=1, version=1
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.BigIntegerField(default=1)),
            ],
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
