import {postJson} from './api.js';
import {message} from './dom.js';

document.getElementById('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const status = document.getElementById('status');
  try {
    await postJson('/api/login', {token: document.getElementById('token').value.trim()});
    location.href = '/index.html';
  } catch (err) {
    message(status, err.message);
  }
});
