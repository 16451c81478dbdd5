"""The demo institution: a believable Chongqing daycare for trying the app, for screenshots and
for end-to-end tests.

Why a package of its own, above the services: the demo is not a rule of the field but a user of
the rules. ``plan`` and its parts (``placements``, ``children``, ``staff``, ``registers``,
``dates``, ``words``) draw the whole institution in memory from a seed and a reference day,
using only the domain; ``writer`` then writes it through the services, exactly as a user's data
would be. The domain holds no demo code and never imports this package (tests/test_architecture.py).
Importing the package itself loads nothing: callers import ``operator_app.demo.writer``.
"""
