//! `Exsited\AccountService`: every account operation of the Exsited API, with the documented
//! PHP SDK's method names, parameter order and defaults, plus the e-mail methods the
//! documented PHP SDK lacks (sendEmail, readEmails, readEmailDetails). Its methods are
//! generated from api/ into methods.rs; `new AccountService($client)` is built in client.rs.

use ext_php_rs::prelude::*;

use crate::settings::Handle;

/// The account service of `Exsited\Client`: `new AccountService($client)`.
#[php_class]
#[php(name = "Exsited\\AccountService")]
pub struct AccountService {
    pub(crate) handle: Handle,
}
