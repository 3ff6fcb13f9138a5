"""Running a LangChain tool for an MCP call, and its answer as an MCP result."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from langchain_core.tools import BaseTool
from mcp import types

__all__ = ["Outcome", "run_tool"]


@dataclass(frozen=True)
class Outcome:
    """What a LangChain tool answered: its content, its artifact, and whether it failed."""

    content: str
    artifact: Any
    error: bool

    @property
    def preview(self) -> Optional[str]:
        """The preview's sentence, when the tool only previewed what it would do."""
        artifact = self.artifact
        if self.error or not isinstance(artifact, dict) or artifact.get("done") is not False:
            return None
        return artifact.get("preview")

    def result(self, *notes: str) -> types.CallToolResult:
        """As an MCP result: the content (and any notes) as text, the artifact as structured content."""
        structured = None
        if not self.error and self.artifact is not None:
            structured = self.artifact if isinstance(self.artifact, dict) else {"result": self.artifact}
        texts = [types.TextContent(type="text", text=text) for text in (self.content, *notes)]
        return types.CallToolResult(content=texts, structured_content=structured, is_error=self.error)


async def run_tool(tool: BaseTool, arguments: dict[str, Any]) -> Outcome:
    """Run a LangChain tool as an agent does (a tool call), off the event loop when it is sync."""
    message = await tool.ainvoke({"name": tool.name, "args": arguments, "id": "mcp", "type": "tool_call"})
    content = message.content if isinstance(message.content, str) else str(message.content)
    return Outcome(content, message.artifact, message.status == "error")
