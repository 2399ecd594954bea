"""CNN Playground: ``python main.py`` opens the window; ``python main.py train|list|predict`` is the CLI."""
import sys

import torch  # noqa: F401  -- before Qt: on Windows, torch's DLLs can fail to load after Qt's

CLI_COMMANDS = {"train", "list", "predict", "-h", "--help"}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in CLI_COMMANDS:
        from core.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from gui.app import run_app

    return run_app(sys.argv)


if __name__ == "__main__":  # guarded: DataLoader workers and spawned processes re-import this module
    sys.exit(main())
