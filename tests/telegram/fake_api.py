"""A local fake of the Telegram Bot API for hermetic tests and the benchmark.

An aiohttp server on 127.0.0.1 that python-telegram-bot talks to through ``base_url``.
It implements what the connector uses (getMe, getUpdates, sendMessage, sendChatAction,
answerCallbackQuery, setWebhook, deleteWebhook, getWebhookInfo, setMyCommands,
leaveChat, editMessageReplyMarkup), records every call (getFile too, so a test can
prove it never happens), and can be told to fail a method with 429 (retry_after) or
403. ``updates`` holds what getUpdates hands out; the builders below make updates.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456789:TEST-token-for-the-fake-bot-api-0000"
BOT_USER = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "HearMe",
    "username": "hearme_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Fields whose form values are text, never JSON (a child may type "123" or "true").
_TEXT_FIELDS = {"text", "caption", "url", "secret_token", "callback_query_id", "language_code"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    # The error code the fake answered with, or None for success.
    error: int | None = None


@dataclass
class Failure:
    code: int
    description: str
    retry_after: int | None = None
    times: int = 1
    chat_id: int | None = None
    # Matching calls to let through first (so failures can come mid-run).
    skip: int = 0


class FakeBotAPI:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        # (method, chat_id) -> how many calls, and when the last one came (cheap to poll).
        self.counts: dict[tuple[str, Any], int] = {}
        self.last_at: dict[tuple[str, Any], float] = {}
        self.updates: list[dict[str, Any]] = []
        self.failures: dict[str, list[Failure]] = {}
        self.webhook: dict[str, Any] = {}
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""
        # on_call(call, stage): stage "received" (recorded, not yet handled; setting
        # call.error makes it a failure) or "delivered" (accepted, not yet answered) --
        # a test can kill a client at either point of the call.
        self.on_call: Callable[[Call, str], None] | None = None

    # ------------------------------------------------------------------ server

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            body = await request.json()
            return dict(body or {})
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                continue
            if key not in _TEXT_FIELDS and value[:1] in "[{":
                params[key] = json.loads(value)
            elif key not in _TEXT_FIELDS and value.lstrip("-").isdigit():
                params[key] = int(value)
            elif key not in _TEXT_FIELDS and value in ("true", "false"):
                params[key] = value == "true"
            else:
                params[key] = value
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        async with self._changed:
            call = Call(method, params)
            self.calls.append(call)
            key = (method, params.get("chat_id"))
            self.counts[key] = self.counts.get(key, 0) + 1
            self.last_at[key] = call.at
            self._changed.notify_all()
        if self.on_call is not None:
            self.on_call(call, "received")
        if call.error is not None:
            return web.json_response(
                {"ok": False, "error_code": call.error, "description": "Lost"}, status=call.error
            )
        failure = self._failure(method, params)
        if failure is not None:
            call.error = failure.code
            body: dict[str, Any] = {
                "ok": False,
                "error_code": failure.code,
                "description": failure.description,
            }
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            return web.json_response(body, status=failure.code)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                status=404,
            )
        result = await handler(params)
        if self.on_call is not None:
            self.on_call(call, "delivered")
        return web.json_response({"ok": True, "result": result})

    def _failure(self, method: str, params: dict[str, Any]) -> Failure | None:
        for failure in self.failures.get(method, []):
            if failure.times <= 0:
                continue
            if failure.chat_id is not None and params.get("chat_id") != failure.chat_id:
                continue
            if failure.skip > 0:
                failure.skip -= 1
                continue
            failure.times -= 1
            return failure
        return None

    # ------------------------------------------------------------------ failures

    def fail_with(
        self, method: str, code: int, description: str, chat_id: int | None = None, times: int = 1
    ) -> None:
        self.failures.setdefault(method, []).append(
            Failure(code, description, None, times, chat_id)
        )

    def fail_with_429(
        self, method: str, retry_after: int = 1, times: int = 1, skip: int = 0
    ) -> None:
        self.failures.setdefault(method, []).append(
            Failure(
                429, f"Too Many Requests: retry after {retry_after}", retry_after, times, skip=skip
            )
        )

    def fail_with_403(self, method: str, chat_id: int | None = None, times: int = 1) -> None:
        self.failures.setdefault(method, []).append(
            Failure(403, "Forbidden: bot was blocked by the user", None, times, chat_id)
        )

    # ------------------------------------------------------------------ Bot API methods

    async def _api_getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    async def _api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 5.0)
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                pending = [u for u in self.updates if u["update_id"] >= offset]
                if pending or time.monotonic() >= deadline:
                    # Telegram forgets what the client confirmed with the offset.
                    self.updates = pending
                    return pending[:100]
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait(), timeout=max(0.0, deadline - time.monotonic())
                    )

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": params["chat_id"], "type": "private"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_sendChatAction(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_leaveChat(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = dict(params)
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = {}
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }

    # getFile is deliberately not implemented: the call is recorded and fails.

    # ------------------------------------------------------------------ updates

    async def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queues an update for getUpdates (giving it the next update_id)."""
        update = {"update_id": next(self._ids), **update}
        async with self._changed:
            self.updates.append(update)
            self._changed.notify_all()
        return update

    def numbered(self, update: dict[str, Any]) -> dict[str, Any]:
        """An update with an update_id, for posting to a webhook."""
        return {"update_id": next(self._ids), **update}

    def calls_to(self, method: str, chat_id: int | None = None) -> list[dict[str, Any]]:
        return [
            c.params
            for c in self.calls
            if c.method == method and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def count(self, method: str, chat_id: int) -> int:
        return self.counts.get((method, chat_id), 0)

    def delivered(self, chat_id: int) -> list[str]:
        """Texts sendMessage accepted for ``chat_id`` (not those answered with an error)."""
        return [
            c.params.get("text", "")
            for c in self.calls
            if c.method == "sendMessage" and c.params.get("chat_id") == chat_id and not c.error
        ]

    def texts_to(self, chat_id: int) -> list[str]:
        return [p.get("text", "") for p in self.calls_to("sendMessage", chat_id)]

    async def wait_for(self, condition: Callable[[], bool], timeout: float = 30.0) -> None:
        """Waits until ``condition()`` holds after some call; fails after ``timeout``."""

        async def until() -> None:
            async with self._changed:
                while not condition():
                    await self._changed.wait()

        await asyncio.wait_for(until(), timeout)

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 30.0) -> list[str]:
        await self.wait_for(lambda: self.count("sendMessage", chat_id) >= count, timeout)
        return self.texts_to(chat_id)


# ---------------------------------------------------------------------- update builders

_message_ids = itertools.count(1)


def user(user_id: int, language_code: str | None = "en") -> dict[str, Any]:
    out: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Sam"}
    if language_code:
        out["language_code"] = language_code
    return out


def private_chat(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "type": "private", "first_name": "Sam"}


def message(user_id: int, language_code: str | None = "en", **content: Any) -> dict[str, Any]:
    body = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": private_chat(user_id),
        "from": user(user_id, language_code),
        **content,
    }
    return {"message": body}


def text(user_id: int, words: str, language_code: str | None = "en") -> dict[str, Any]:
    content: dict[str, Any] = {"text": words}
    if words.startswith("/"):
        command = words.split()[0]
        content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return message(user_id, language_code, **content)


def photo(user_id: int, caption: str | None = None, language_code: str = "en") -> dict[str, Any]:
    content: dict[str, Any] = {
        "photo": [
            {"file_id": "AgACAgQAAx0-photo", "file_unique_id": "AQAD1", "width": 90, "height": 90}
        ]
    }
    if caption:
        content["caption"] = caption
    return message(user_id, language_code, **content)


def nontext(user_id: int, kind: str, language_code: str = "en") -> dict[str, Any]:
    """A message of ``kind`` (voice, sticker, document, video, video_note, animation,
    contact, location) with minimal valid content."""
    file = {"file_id": f"{kind}-file-id", "file_unique_id": f"{kind}-unique"}
    contents: dict[str, Any] = {
        "voice": {**file, "duration": 3},
        "video": {**file, "width": 10, "height": 10, "duration": 3},
        "video_note": {**file, "length": 10, "duration": 3},
        "document": {**file, "file_name": "notes.pdf"},
        "sticker": {
            **file,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        },
        "animation": {**file, "width": 10, "height": 10, "duration": 3},
        "contact": {"phone_number": "+440000000000", "first_name": "Friend"},
        "location": {"latitude": 51.5, "longitude": -0.1},
    }
    extra = {"document": contents["document"]} if kind == "animation" else {}
    return message(user_id, language_code, **{kind: contents[kind]}, **extra)


def edited(user_id: int, words: str, language_code: str = "en") -> dict[str, Any]:
    body = message(user_id, language_code, text=words)["message"]
    body["edit_date"] = int(time.time())
    return {"edited_message": body}


def button_press(
    user_id: int, data: str, language_code: str = "en", query_id: str | None = None
) -> dict[str, Any]:
    return {
        "callback_query": {
            "id": query_id or f"cb-{next(_message_ids)}",
            "from": user(user_id, language_code),
            "chat_instance": "chat-instance",
            "data": data,
            "message": {
                "message_id": next(_message_ids),
                "date": int(time.time()),
                "chat": private_chat(user_id),
                "from": BOT_USER,
                "text": "a message with buttons",
            },
        }
    }


def added_to_group(
    adder_id: int, chat_id: int = -100200300, language_code: str = "fr", kind: str = "group"
) -> dict[str, Any]:
    return {
        "my_chat_member": {
            "chat": {"id": chat_id, "type": kind, "title": "Class 7B"},
            "from": user(adder_id, language_code),
            "date": int(time.time()),
            "old_chat_member": {"user": BOT_USER, "status": "left"},
            "new_chat_member": {"user": BOT_USER, "status": "member"},
        }
    }


def group_message(user_id: int, chat_id: int, words: str) -> dict[str, Any]:
    body = message(user_id, "en", text=words)["message"]
    body["chat"] = {"id": chat_id, "type": "supergroup", "title": "Class 7B"}
    return {"message": body}


def blocked(user_id: int) -> dict[str, Any]:
    return {
        "my_chat_member": {
            "chat": private_chat(user_id),
            "from": user(user_id),
            "date": int(time.time()),
            "old_chat_member": {"user": BOT_USER, "status": "member"},
            "new_chat_member": {"user": BOT_USER, "status": "kicked", "until_date": 0},
        }
    }
