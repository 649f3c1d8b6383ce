"""The first-run screen, as a new shop owner meets it: paste the token, press Enter, start selling."""

from __future__ import annotations

import json

import keyring.backends.fail
from keyring_memory import installed
from PySide6.QtCore import Qt
from till_harness import answer_pin_dialog

from pos_app import paths
from pos_app.credentials import SERVICE, USERNAME, CredentialStore
from pos_app.settings import Settings, hash_pin, load_settings
from pos_app.ui.setup_screen import ACCEPTED, NOT_ACCEPTED, SetupScreen

TOKEN = "kp_live_first_run_7d3a9c0b5e"


def make_screen(qtbot, tasks, settings=None):
    screen = SetupScreen(CredentialStore(), settings or Settings(), tasks)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _every_file_under(root) -> str:
    if not root.exists():
        return ""
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file())


def test_typed_token_and_enter_store_it_in_the_keyring(qtbot, memory_keyring, tasks, pos_home):
    screen = make_screen(qtbot, tasks)
    assert screen.focusWidget() is screen.token_edit  # the cursor waits in the token field
    assert screen.token_edit.echoMode() == screen.token_edit.EchoMode.Password  # masked on screen
    qtbot.keyClicks(screen.token_edit, TOKEN)
    with qtbot.waitSignal(screen.completed, timeout=5000) as blocker:
        qtbot.keyClick(screen.token_edit, Qt.Key.Key_Return)
    token, settings = blocker.args
    assert token == TOKEN
    assert isinstance(settings, Settings)
    assert memory_keyring.passwords == {(SERVICE, USERNAME): TOKEN}
    assert CredentialStore().get_token() == TOKEN  # a later start finds it
    assert screen.token_edit.text() == ""  # not kept in the widget
    assert TOKEN not in _every_file_under(pos_home)


def test_shop_website_is_saved_for_the_redirects(qtbot, memory_keyring, tasks):
    screen = make_screen(qtbot, tasks)
    qtbot.keyClicks(screen.token_edit, TOKEN)
    qtbot.keyClicks(screen.shop_edit, "https://myshop.example/")
    with qtbot.waitSignal(screen.completed, timeout=5000) as blocker:
        screen.accept_button.click()
    assert blocker.args[1].paid_url == "https://myshop.example/"
    saved, warning = load_settings()
    assert warning is None and saved.shop_url == "https://myshop.example/"
    assert "token" not in json.dumps(json.loads(paths.settings_file().read_text())).lower()


def test_command_line_overrides_are_not_written_to_the_settings_file(qtbot, memory_keyring, tasks):
    screen = make_screen(qtbot, tasks, Settings(api_url="http://127.0.0.1:9/v1/"))
    qtbot.keyClicks(screen.token_edit, TOKEN)
    with qtbot.waitSignal(screen.completed, timeout=5000) as blocker:
        qtbot.keyClick(screen.token_edit, Qt.Key.Key_Enter)
    assert blocker.args[1].api_url == "http://127.0.0.1:9/v1/"  # this run uses it
    assert load_settings()[0].api_url == Settings().api_url  # the file keeps the real address


def test_plain_http_shop_website_is_refused_with_a_reason(qtbot, memory_keyring, tasks):
    screen = make_screen(qtbot, tasks)
    qtbot.keyClicks(screen.token_edit, TOKEN)
    qtbot.keyClicks(screen.shop_edit, "http://myshop.example/")
    with qtbot.assertNotEmitted(screen.completed, wait=200):
        screen.accept_button.click()
    assert screen.shop_error.isVisible()
    assert "https://" in screen.shop_error.text()
    assert memory_keyring.passwords == {}


def test_enter_with_no_token_asks_for_it(qtbot, memory_keyring, tasks):
    screen = make_screen(qtbot, tasks)
    with qtbot.assertNotEmitted(screen.completed, wait=100):
        qtbot.keyClick(screen.token_edit, Qt.Key.Key_Return)
    assert "Paste the API token" in screen.status.text()


def test_double_enter_stores_once_and_completes_once(qtbot, memory_keyring, tasks):
    screen = make_screen(qtbot, tasks)
    qtbot.keyClicks(screen.token_edit, TOKEN)
    emitted = []
    screen.completed.connect(lambda t, s: emitted.append(t))
    screen.accept_token()
    screen.accept_token()
    qtbot.waitUntil(lambda: bool(emitted), timeout=5000)
    tasks.wait_all()
    qtbot.wait(50)
    assert emitted == [TOKEN]


def test_test_connection_with_the_right_token(qtbot, memory_keyring, tasks, secret_sandbox):
    screen = make_screen(qtbot, tasks, Settings(api_url=secret_sandbox.base_url))
    qtbot.keyClicks(screen.token_edit, "secret")
    screen.test_button.click()
    qtbot.waitUntil(lambda: screen.status.text() == ACCEPTED, timeout=10000)
    assert secret_sandbox.payments() == []  # the check created nothing
    assert memory_keyring.passwords == {}  # testing is not saving


def test_test_connection_with_a_wrong_token(qtbot, memory_keyring, tasks, secret_sandbox):
    screen = make_screen(qtbot, tasks, Settings(api_url=secret_sandbox.base_url))
    qtbot.keyClicks(screen.token_edit, "not-the-secret")
    screen.test_button.click()
    qtbot.waitUntil(lambda: screen.status.text() == NOT_ACCEPTED, timeout=10000)
    assert "not accepted" in screen.status.text()
    assert screen.test_button.isEnabled()


def test_test_connection_when_kupay_cannot_be_reached(qtbot, memory_keyring, tasks):
    screen = make_screen(qtbot, tasks, Settings(api_url="http://127.0.0.1:9/v1/"))
    qtbot.keyClicks(screen.token_edit, TOKEN)
    screen.test_button.click()
    qtbot.waitUntil(lambda: screen.test_button.isEnabled() and "KuPay" in screen.status.text(), timeout=20000)
    assert screen.status.text() not in (ACCEPTED, NOT_ACCEPTED)
    assert TOKEN not in screen.status.text()


def test_no_password_store_offers_this_session_only(qtbot, tasks, pos_home):
    with installed(keyring.backends.fail.Keyring()):
        credentials = CredentialStore()
        screen = SetupScreen(credentials, Settings(), tasks)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.keyClicks(screen.token_edit, TOKEN)
        qtbot.keyClick(screen.token_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(screen.session_button.isVisible, timeout=5000)
        assert screen.status.text().startswith("This computer has no password store the terminal can use.")
        with qtbot.waitSignal(screen.completed, timeout=2000) as blocker:
            screen.session_button.click()
        assert blocker.args[0] == TOKEN
        assert credentials.session_only and credentials.get_token() == TOKEN
    assert TOKEN not in _every_file_under(pos_home)  # never a plaintext fallback


def test_missing_password_store_is_said_before_enter(qtbot, tasks):
    with installed(keyring.backends.fail.Keyring()):
        screen = SetupScreen(CredentialStore(), Settings(), tasks)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(screen.session_button.isVisible, timeout=5000)
        assert "no password store" in screen.status.text()
        assert screen.focusWidget() is screen.token_edit  # the owner can still type the token


def test_a_password_store_that_never_answers_does_not_leave_save_and_start_dead(qtbot, tasks, pos_home):
    """Issue #18: "Save and start" seemed to do nothing (the password store's unlock prompt never came)."""
    from keyring_memory import PromptingKeyring

    from pos_app.ui.setup_screen import STORE_SLOW

    backend = PromptingKeyring()
    with installed(backend):
        credentials = CredentialStore()
        screen = SetupScreen(credentials, Settings(), tasks)
        screen.store_patience_ms = 200
        qtbot.addWidget(screen)
        screen.show()
        qtbot.keyClicks(screen.token_edit, TOKEN)
        qtbot.keyClick(screen.token_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(screen.session_button.isVisible, timeout=5000)
        assert screen.status.text() == STORE_SLOW
        with qtbot.waitSignal(screen.completed, timeout=2000) as blocker:
            screen.session_button.click()
        assert blocker.args[0] == TOKEN and credentials.session_only
        backend.answered.set()  # the prompt is finally answered: nothing breaks, nothing completes twice
        tasks.wait_all(5000)


def test_with_an_owner_pin_the_set_up_screen_opens_only_for_the_pin(qtbot, tasks, pos_home):
    """A locked keyring at start must not let a cashier connect the till to their own KuPay account."""
    pinned = Settings(owner_pin_hash=hash_pin("2468", iterations=1000))
    with installed(keyring.backends.fail.Keyring()):
        credentials = CredentialStore()
        screen = SetupScreen(credentials, pinned, tasks)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(screen.session_button.isVisible, timeout=5000)
        assert screen.is_locked() and screen.unlock_button.isVisible()
        assert "owner PIN" in screen.status.text()
        for widget in (screen.token_edit, screen.shop_edit, screen.session_button, screen.accept_button):
            assert not widget.isEnabled()
        # Whatever reaches the screen, nothing is held, stored or emitted while it is locked.
        screen.token_edit.setText("cashiers-own-token")
        with qtbot.assertNotEmitted(screen.completed, wait=100):
            screen.use_for_session()
            screen.session_button.click()
        answer_pin_dialog("1111")  # a wrong PIN, then Cancel: still locked
        answer_pin_dialog(None)
        screen.unlock_button.click()
        assert screen.is_locked() and not screen.token_edit.isEnabled()
        assert not credentials.session_only and not paths.settings_file().exists()
        answer_pin_dialog("2468")
        screen.unlock_button.click()
        assert not screen.is_locked() and screen.token_edit.isEnabled()
        assert "no password store" in screen.status.text()
        with qtbot.waitSignal(screen.completed, timeout=2000):
            screen.session_button.click()
        assert credentials.session_only


def test_with_an_owner_pin_enter_saves_nothing_until_the_pin(qtbot, memory_keyring, tasks):
    screen = make_screen(qtbot, tasks, Settings(owner_pin_hash=hash_pin("2468", iterations=1000)))
    screen.token_edit.setText(TOKEN)
    screen.shop_edit.setText("https://cashier.example/")
    answer_pin_dialog(None)
    with qtbot.assertNotEmitted(screen.completed, wait=200):
        screen.accept_token()
    tasks.wait_all()
    assert memory_keyring.passwords == {} and not paths.settings_file().exists()


def test_the_owner_who_just_gave_the_pin_is_not_asked_again(qtbot, memory_keyring, tasks):
    screen = SetupScreen(
        CredentialStore(),
        Settings(owner_pin_hash=hash_pin("2468", iterations=1000)),
        tasks,
        pin_confirmed=True,
    )
    qtbot.addWidget(screen)
    assert not screen.is_locked() and screen.token_edit.isEnabled()
