"""Starts `gongkai serve` on a free loopback port for a test or a benchmark,
and stops it after: `with ServerProcess(gongkai) as server: server.url`."""
import subprocess
import threading


class ServerProcess:
    def __init__(self, gongkai, *args, start_timeout=30):
        self.command = [gongkai, "serve", "--port", "0", "--host", "127.0.0.1", *args]
        self.start_timeout = start_timeout
        self.process = None
        self.url = None
        self.stderr = []

    def __enter__(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        stdin=subprocess.DEVNULL, text=True)
        # stderr is drained all along, so that a chatty server never blocks.
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()
        first = []
        reader = threading.Thread(target=lambda: first.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(self.start_timeout)
        line = first[0].strip() if first else ""
        if not line.startswith("http://"):
            self.__exit__(None, None, None)
            raise RuntimeError(f"gongkai serve did not start: {line!r} {''.join(self.stderr)}")
        self.url = line.rstrip("/")
        host_port = self.url[len("http://"):]
        self.host, port = host_port.rsplit(":", 1)
        self.port = int(port)
        return self

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()  # SIGTERM: the server stops listening and exits
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return False

    def exit_status(self):
        return self.process.poll()
