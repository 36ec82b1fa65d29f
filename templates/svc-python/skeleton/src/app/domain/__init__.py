"""Business entities and services. No framework or I/O imports in this package."""
