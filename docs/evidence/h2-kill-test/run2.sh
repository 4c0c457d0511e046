#!/bin/bash
# Kills a plain-JDBC H2 writer mid-transaction under fsync load and checks what survives.
# usage: run2.sh ROUNDS PATH/TO/h2.jar      (needs JDK 21+ on the PATH; see docs/decisions/0004)
set -u
HERE=$(cd "$(dirname "$0")" && pwd); ROUNDS=$1; JAR=$2; CH=20000
D=$(mktemp -d); javac -d "$D/classes" -cp "$JAR" "$HERE/Writer.java" "$HERE/Check.java"
URL="jdbc:h2:file:$D/t;CACHE_SIZE=65536"
( while true; do dd if=/dev/zero of="$D/load" bs=1M count=100 conv=fsync status=none; done ) & L=$!
for i in $(seq 1 "$ROUNDS"); do
  java -Xmx512m -cp "$JAR:$D/classes" Writer "$URL" $CH > "$D/w.log" 2>&1 & W=$!
  T=0; while [ "$(grep -c committed "$D/w.log")" -lt 2 ] && [ $T -lt 600 ]; do sleep 0.1; T=$((T+1)); done
  sleep 0.$(( RANDOM % 10 ))$(( RANDOM % 10 ))
  kill -9 $W; wait $W 2>/dev/null
  echo -n "round $i (writer's last line: $(tail -1 "$D/w.log")): "
  timeout 60 java -cp "$JAR:$D/classes" Check "$URL" $CH 2>&1 | grep -E "^rows|insert ok|Exception" | head -3 | cut -c1-160 | tr '\n' ' '
  echo " exit=${PIPESTATUS[0]}"
done
kill $L; rm -rf "$D"
