"""Staff: accounts, tokens, the staff API and notifications (the console comes later)."""
