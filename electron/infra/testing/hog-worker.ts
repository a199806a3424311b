// A reader process that allocates until its heap cap stops it (tests the memory limit).
const held: string[][] = [];
process.on('message', () => {
  for (;;) held.push(Array.from({ length: 100_000 }, (_, i) => `${i} ${held.length} filler text that takes memory`));
});
