"""Constants shared by the security tests."""

PASSWORD = "测试密码-correct horse"
ADMIN = "admin"
