// filled in by the fake-Obsidian work
