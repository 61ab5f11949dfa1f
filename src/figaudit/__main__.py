from figaudit.cli import main

raise SystemExit(main())
