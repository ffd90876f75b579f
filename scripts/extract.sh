#!/bin/sh
# npm run extract and extract:score. node starts straight from the startup snapshot that holds
# compromise and chrono-node ready (scripts/snapshot.mjs) when one is built for the node npm runs:
# its name carries that node's version, which npm gives in npm_config_user_agent ("npm/10.8.2
# node/v20.19.5 linux x64 …"), so no node is started only to ask. scripts/run.mjs then checks
# that the snapshot is current and compiles what changed, as for every command. Without a snapshot
# (not built yet, another node, or run outside npm) run.mjs builds one and starts node from it.
node=${npm_node_execpath:-node}
version=${npm_config_user_agent#*node/}
blob="dist/nlp-node-${version%% *}.blob"
if [ -n "${npm_config_user_agent:-}" ] && [ -s "$blob" ]; then
  exec "$node" --snapshot-blob "$blob" scripts/run.mjs extract "$@"
fi
exec "$node" scripts/run.mjs extract "$@"
