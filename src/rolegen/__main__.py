"""``python -m rolegen`` runs the command line."""

from rolegen.cli import main

if __name__ == "__main__":
    main()
