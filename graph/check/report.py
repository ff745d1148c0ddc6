"""The result of ``radix validate``: violations, each naming the entity, the rule and the fix."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.namespaces import CONVERTER


@dataclass(frozen=True)
class Violation:
    """One failed rule: which check, on which entity, what is wrong and how to fix it."""

    check: str
    entity: str
    rule: str
    fix: str
    detail: str = ""

    def render(self) -> str:
        """Render as two lines: the violation, then the fix."""
        entity = CONVERTER.compress(self.entity) or self.entity
        detail = f" ({self.detail})" if self.detail else ""
        return f"VIOLATION [{self.check}] {entity}{detail}: {self.rule}\n    fix: {self.fix}"


@dataclass
class Report:
    """All violations found, and which checks ran."""

    violations: list[Violation] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no check found a violation."""
        return not self.violations

    def extend(self, check: str, violations: list[Violation]) -> None:
        """Record that ``check`` ran and what it found."""
        self.checks_run.append(check)
        self.violations.extend(violations)

    def by_check(self, check: str) -> list[Violation]:
        """Return the violations found by one check."""
        return [violation for violation in self.violations if violation.check == check]

    def render(self) -> str:
        """Render the report for the terminal: each violation, then a one-line summary."""
        lines = [violation.render() for violation in self.violations]
        status = "OK" if self.ok else f"{len(self.violations)} violation(s)"
        lines.append(f"radix validate: {status} from {len(self.checks_run)} checks ({', '.join(self.checks_run)})")
        return "\n".join(lines)
