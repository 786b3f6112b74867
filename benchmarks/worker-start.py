#!/usr/bin/env python3
# usage: python3 benchmarks/worker-start.py PUBLISH_DIR/Wuhu.Functions   (docs/benchmarks.md, "Issue 14")
# Starts a published Functions worker as the host would (gRPC endpoint in Functions__Worker__HostEndpoint) against a
# plain TCP listener, and prints the milliseconds from process start to the worker's first connection to the "host"
# (its services built, settings validated, ready to register its functions); then stops the worker.
import os, socket, subprocess, sys, time
worker = sys.argv[1]
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(1); srv.settimeout(120)
port = srv.getsockname()[1]
env = dict(os.environ,
    Functions__Worker__HostEndpoint=f"http://127.0.0.1:{port}", Functions__Worker__WorkerId="bench",
    Functions__Worker__RequestId="bench", Functions__Worker__GrpcMaxMessageLength="2147483647",
    BulletinStorage="UseDevelopmentStorage=true", AzureWebJobsStorage="UseDevelopmentStorage=true")
t0 = time.monotonic()
p = subprocess.Popen([worker], env=env, cwd=os.path.dirname(worker), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
conn, _ = srv.accept()
conn.settimeout(30)
first = conn.recv(65536)
t1 = time.monotonic()
p.kill(); err = p.communicate()[1]
print(f"worker connected after {(t1 - t0) * 1000:.0f} ms ({len(first)} bytes first read)")
