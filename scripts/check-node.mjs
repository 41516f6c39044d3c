// Fails clearly when the tests would run on an old Node (the project pins Node 24 via the `node` devDependency).
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Parley needs Node 22 or newer (Lambda runs nodejs24.x); this is Node ${process.versions.node}. Run \`npm ci\` so npm scripts use the pinned Node 24.`,
  );
  process.exit(1);
}
