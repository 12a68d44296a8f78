"""``python -m spine.cli``."""

from spine.cli import main

main()
