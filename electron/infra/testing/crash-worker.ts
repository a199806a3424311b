// A reader process that dies on its first request (tests recovery after a crash).
process.on('message', () => {
  process.exit(3);
});
