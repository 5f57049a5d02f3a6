# briefbot: uv-based image, runs as a non-root user, the store on a volume.
#   docker build -t briefbot .
#   docker run -e TELEGRAM_BOT_TOKEN=… -v briefbot-data:/data briefbot run telegram
FROM python:3.12-slim-bookworm AS build
COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /usr/local/bin/uv
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/briefbot
WORKDIR /src
# Dependencies first (cached while only the code changes), from the lock file.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY bot bot
COPY handlers handlers
COPY summarizer summarizer
COPY config.toml config.toml
COPY corpus corpus
# Install the project itself as a wheel: the default settings and the bundled
# corpus travel inside it (bot/data), so nothing depends on this folder.
RUN uv build --wheel -o /tmp/dist && uv pip install --python /opt/briefbot/bin/python --no-deps /tmp/dist/*.whl

FROM python:3.12-slim-bookworm
RUN useradd --create-home --uid 10001 briefbot && mkdir /data && chown briefbot /data
COPY --from=build /opt/briefbot /opt/briefbot
ENV PATH=/opt/briefbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    BRIEFBOT_STORE_PATH=/data/briefbot.sqlite3 \
    BRIEFBOT_HEALTH_LISTEN=0.0.0.0 \
    BRIEFBOT_HEALTH_PORT=8080 \
    BRIEFBOT_TELEGRAM_WEBHOOK_LISTEN=0.0.0.0
USER briefbot
WORKDIR /home/briefbot
VOLUME /data
# 8080: /healthz; 3000: Slack HTTP mode; 8443: Telegram webhook mode.
EXPOSE 8080 3000 8443
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4); sys.exit(0)"
ENTRYPOINT ["briefbot"]
CMD ["run", "all"]
