"""The Hidden Harm signposting assistant: gateway, CLI, channels and staff console."""
