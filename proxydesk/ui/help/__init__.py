"""Help → User Guide and Help → About ProxyDesk."""

#: the Help menu is found by this name, whoever made it first
HELP_MENU_NAME = "help-menu"
