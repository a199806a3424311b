// A reader process that never answers (tests the runner's wall-clock timeout).
process.on('message', () => {
  setInterval(() => {}, 1000);
});
