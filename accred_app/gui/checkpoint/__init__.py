"""The checkpoint window and its scan inputs."""
