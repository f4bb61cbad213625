"""The library window's parts: incident table, preview, filters, panels and dialogs."""
