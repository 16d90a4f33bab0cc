"""Security and reliability: users and roles, encryption at rest, sessions, audit, backups.

Modules (import what you use; nothing is imported here, to keep start-up light):
policy (roles, scope, permissions) · session (sign-in, the Session) · users · keyring, kdf,
cipher, encrypt (SQLCipher keys) · backup, restore, integrity · audit_log · logs (redaction)
· atomic (crash-safe file writes) · sealing (other secrets) · throttle · *_cli (commands).
"""
