"""The tally of a test script's checks: each failure is printed as it
happens, and the closing line is the plain 'N passed, N failed'."""


class Checklist:
    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failures = []

    def __call__(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
            print("FAIL:", what)
        return condition

    def finish(self):
        """Prints the closing line; the exit status of the script."""
        print(f"{self.name}: {self.passed} passed, {len(self.failures)} failed")
        return 1 if self.failures else 0
