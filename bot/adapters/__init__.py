"""Platform adapters: console, Telegram, Slack."""
