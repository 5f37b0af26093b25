"""The async SDK: many calls at once, and an async walk over all accounts."""

import asyncio

from common import get_request_token_dto
from exsited import AsyncExsitedSDK


async def main() -> None:
    sdk = AsyncExsitedSDK().init_sdk(request_token_dto=get_request_token_dto())
    pages = await asyncio.gather(*[sdk.account.list(limit=2, offset=i * 2) for i in range(5)])
    print(f"{len(pages)} pages fetched concurrently")
    count = 0
    async for _account in sdk.account.iter_all(limit=50):
        count += 1
    print(f"{count} accounts")


if __name__ == "__main__":
    asyncio.run(main())
