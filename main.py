"""CNN Playground: ``python main.py`` opens the window; ``python main.py train|list|predict|export`` is the CLI."""

import sys

import torch  # noqa: F401  -- before Qt: on Windows, torch's DLLs can fail to load after Qt's


def main() -> int:
    # Any first word is a command (an unknown one gets an error, never a silent window a script would wait on);
    # no word, or only Qt's own options (-style, -platform ...), opens the window.
    if len(sys.argv) > 1 and (not sys.argv[1].startswith("-") or sys.argv[1] in ("-h", "--help")):
        from core.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from gui.app import run_app

    return run_app(sys.argv)


if __name__ == "__main__":  # guarded: DataLoader workers and spawned processes re-import this module
    sys.exit(main())
