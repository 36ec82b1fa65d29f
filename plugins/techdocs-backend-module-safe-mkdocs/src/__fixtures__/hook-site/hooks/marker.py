# Stands for any code a repository could run on the TechDocs builder:
# mkdocs imports this file while it loads mkdocs.yml.
import os

with open(os.path.join(os.path.dirname(__file__), "..", "HOOK_RAN"), "w") as marker:
    marker.write("the hook ran\n")
