"""A focus frame that keyboard users can see at a glance, in every pmdesk window.

Some styles mark the focused field only with a text cursor or a faint dotted line, so
the focused input gets a clear frame in the highlight colour. Set on a window, the
style sheet reaches its dialogs too (they are its children).
"""

FOCUS_STYLE = """
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,
QComboBox:focus, QPushButton:focus, QToolButton:focus, QRadioButton:focus,
QCheckBox:focus {
    border: 2px solid palette(highlight); border-radius: 3px;
}
QTabBar::tab:focus { border: 2px solid palette(highlight); }
"""
