"""The app's URLs plus /bench/minimal/: the cheapest Django response, served the same way."""

from django.http import HttpResponse
from django.urls import path

from samverkan.urls import urlpatterns as app_urlpatterns


def minimal(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/minimal/", minimal, name="bench_minimal"), *app_urlpatterns]
