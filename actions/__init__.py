"""Rasa custom actions (rasa-sdk): thin actions that call plain functions elsewhere."""
