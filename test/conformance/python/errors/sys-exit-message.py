# sys.exit with a string prints it on stderr and exits with 1; sys.exit(0) is success.
import asyncio
import sys


async def main(mode):
    print("mode", mode)
    if mode == "ok":
        try:
            sys.exit(0)
        except SystemExit as exit_request:
            print("SystemExit code:", exit_request.code)
    else:
        sys.exit("fatal: configuration missing")


asyncio.run(main("ok"))
asyncio.run(main("fail"))
