FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_ROOT_USER_ACTION=ignore
WORKDIR /app
COPY . /app
# gcc compiles the text package with mypyc (scripts/build_native.py); without a build it runs as Python.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/* \
    && pip install --no-cache-dir '.[native]' \
    && (python scripts/build_native.py || echo "native build failed: the text package runs as Python") \
    && python -m compileall -q attribution config manage.py \
    && DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input -v0
EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000", "--workers", "2", "--access-logfile", "-"]
