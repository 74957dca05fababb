"""The Dovecot 2.3 configuration the test server runs with, filled in by tests.support.dovecot."""

from __future__ import annotations

# Settings that mattered:
# - disable_plaintext_auth = no: ssl = yes otherwise refuses LOGIN on the plaintext port.
# - auth_failure_delay = 0 and the anvil-auth-penalty listener with mode 0: Dovecot otherwise
#   delays every login from 127.0.0.1 by up to 15 s after a few wrong passwords (the listener
#   is then never created, so the auth process finds no socket and turns penalties off).
# - passwd-file with %u in its path: one file per user, found the moment it is written.
# - CONDSTORE and QRESYNC need no setting: Dovecot 2.3 advertises both after login.
CONFIG_TEMPLATE = """\
# Written by tests/support/dovecot.py for one test session.
instance_name = {instance_name}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
listen = {host}
protocols = imap
{privileges}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd_dir}/%u
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={mail_root}/%u
}}

mail_location = maildir:~/Maildir
mail_fsync = never
protocol imap {{
  mail_max_userip_connections = 50
}}

namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}

service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
}}

service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""

# Without root Dovecot cannot switch users or chroot: everything runs as the caller.
ROOTLESS_CONFIG = """\
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
service imap-login {{
  chroot =
}}
service anvil {{
  chroot =
}}
"""
