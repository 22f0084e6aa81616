"""The examples tier: the package's hand-picked cases, every edge case the statement names.

It also loads the file first: a file that does not load (CE, or RE/TLE at import) ends the
check here, with the file's own output and traceback. Examples compare with the expected
value the author wrote, not with the reference.
"""

from __future__ import annotations

import time

from judge.grading.context import CheckContext, Tier
from judge.grading.correctness import case_failure, finished
from judge.grading.proxy import GradingStopped, SolutionProxy, SubmissionError, WrongAnswer
from judge.grading.results import TierKind, TierResult
from judge.verdicts import Verdict


class ExamplesTier(Tier):
    kind = TierKind.EXAMPLES
    correctness = True

    def run(self, context: CheckContext) -> TierResult:
        module, _ = context.property_tests()
        submission = context.loaded_submission()
        context.progress("loading your file")
        not_loaded = submission.load()
        tier = self.pending()
        if not_loaded:
            tier.verdict, tier.failure = not_loaded
            tier.summary = "your file could not be loaded"
            return tier
        context.progress("examples")
        started = time.monotonic()
        examples = list(getattr(module, "EXAMPLES", []))
        tier.verdict, tier.total = Verdict.AC, len(examples)
        proxy = SolutionProxy(submission.call, context.reference, context.accept)
        for example in examples:
            try:
                proxy.check(*example.args, expected=example.expected)
            except (WrongAnswer, SubmissionError, GradingStopped) as exc:
                tier.verdict, tier.failure = case_failure(proxy, exc, None)
                if example.note:
                    tier.failure.message += f" (case: {example.note})"
                submission.attach_output(tier.failure)
                break
            tier.passed += 1
        return finished(tier, f"{tier.passed}/{tier.total} examples", started)
